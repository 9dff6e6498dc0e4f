import Link from "@/components/layout/PageLink";
import { SITE_NAME } from "@/lib/site";
import { glossaryIndexPath, homePath, notesPath } from "@/lib/routes";

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        {"文章原作者：禅与计算机程序设计艺术（Zen and the Art of Computer Programming）。"}
        {"本站仅做排版、术语整理与勘误注记，正文内容版权归原作者所有。"}
      </p>
      <p>
        <Link href={homePath}>{SITE_NAME}</Link> · <Link href={glossaryIndexPath}>术语表</Link> · <Link href={notesPath}>勘误注记</Link>
      </p>
    </footer>
  );
}

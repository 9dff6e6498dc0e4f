import Link from "@/components/layout/PageLink";
import { glossaryIndexPath, homePath, searchPagePath } from "@/lib/routes";

export default function NotFound() {
  return (
    <div className="not-found">
      <h1>找不到这个页面</h1>
      <p>链接可能已失效，或地址有误。可以搜索全文，或从这里继续：</p>
      {/* A plain GET form: searching works from here even without JavaScript. */}
      <search className="not-found-search">
        <form action={searchPagePath} method="get">
          <label htmlFor="not-found-q" className="visually-hidden">
            搜索全文
          </label>
          <input id="not-found-q" name="q" type="search" placeholder="搜索文章与术语" />
          <button type="submit">搜索</button>
        </form>
      </search>
      <ul>
        <li>
          <Link href={homePath}>回到首页，浏览全部文章</Link>
        </li>
        <li>
          <Link href={glossaryIndexPath}>查阅术语表</Link>
        </li>
        <li>
          <Link href={searchPagePath}>打开搜索页</Link>
        </li>
      </ul>
    </div>
  );
}

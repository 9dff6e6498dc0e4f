import Link from "next/link";

export default function NotFound() {
  return (
    <div className="not-found">
      <h1>找不到这个页面</h1>
      <p>链接可能已失效，或地址有误。可以从这里继续：</p>
      <ul>
        <li>
          <Link href="/">回到首页，浏览全部文章</Link>
        </li>
        <li>
          <Link href="/glossary/">查阅术语表</Link>
        </li>
        <li>
          <Link href="/search/">搜索全文</Link>
        </li>
      </ul>
    </div>
  );
}

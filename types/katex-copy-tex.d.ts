/** KaTeX ships this side-effect module without types: importing it installs a document copy handler. */
declare module "katex/contrib/copy-tex";

import { Fragment } from "react";
import type { Piece } from "@/lib/search/snippet";

/** Text with the matched words in <mark>; pieces are rendered as text, so nothing in them is markup. */
export function Highlighted({ pieces }: { pieces: Piece[] }) {
  return (
    <>
      {pieces.map((piece, i) => (piece.hit ? <mark key={i}>{piece.text}</mark> : <Fragment key={i}>{piece.text}</Fragment>))}
    </>
  );
}

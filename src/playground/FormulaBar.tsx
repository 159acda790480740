/** Like Excel's formula bar: a cell address box and the cell's content; Enter writes it. */
import * as React from "react";
import { Button, Input } from "@fluentui/react-components";
import { usePt } from "./usePt";

interface FormulaBarProps {
  address: string;
  content: string;
  onGo: (address: string) => void;
  onWrite: (address: string, text: string) => void;
}

export function FormulaBar(props: FormulaBarProps) {
  const pt = usePt();
  const [address, setAddress] = React.useState(props.address);
  const [content, setContent] = React.useState(props.content);
  React.useEffect(() => setAddress(props.address), [props.address]);
  React.useEffect(() => setContent(props.content), [props.content, props.address]);
  return (
    <div className="pg-formula-bar">
      <Input
        className="pg-address"
        aria-label={pt("pg.address")}
        value={address}
        onChange={(_e, d) => setAddress(d.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") props.onGo(address.trim().toUpperCase());
        }}
      />
      <span aria-hidden="true" className="pg-fx">
        fx
      </span>
      <Input
        className="pg-content"
        aria-label={pt("pg.content")}
        value={content}
        onChange={(_e, d) => setContent(d.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") props.onWrite(props.address, content);
          if (e.key === "Escape") setContent(props.content);
        }}
      />
      <Button onClick={() => props.onWrite(props.address, content)}>{pt("pg.enter")}</Button>
    </div>
  );
}

import { describe, expect, it } from "vitest";
import { renderSanitized } from "@/lib/render/mermaid";

/**
 * The allow-list must not cost ordinary diagrams anything: one sample of each common Mermaid diagram
 * type is rendered in headless Chromium, and the sanitizer removes nothing but a `click` link.
 */

const samples: Record<string, string> = {
  flowchart: [
    "flowchart LR",
    "  A[开始] --> B{判断}",
    "  B -->|是| C((圆))",
    "  B -->|否| D[(数据库)]",
    "  subgraph S[子图]",
    "    C",
    "  end",
    '  click A href "https://example.com/"',
    "  style D fill:#f9f,stroke:#333,stroke-width:4px",
  ].join("\n"),
  sequence: [
    "sequenceDiagram",
    "  actor U as 用户",
    "  participant S as 服务",
    "  U->>S: 请求",
    "  activate S",
    "  Note right of S: 备注",
    "  loop 每秒",
    "    S->>S: 心跳",
    "  end",
    "  S-->>U: 响应",
    "  deactivate S",
  ].join("\n"),
  class: "classDiagram\n  class Animal {\n    +String name\n    +eat() void\n  }\n  Animal <|-- Dog\n  Animal *-- Leg",
  state: "stateDiagram-v2\n  [*] --> 空闲\n  空闲 --> 运行: 开始\n  运行 --> [*]\n  state 运行 {\n    [*] --> 子状态\n  }",
  er: "erDiagram\n  USER ||--o{ ORDER : places\n  ORDER {\n    string id PK\n    int total\n  }",
  gantt: "gantt\n  title 计划\n  dateFormat YYYY-MM-DD\n  section 阶段\n  任务一 :a1, 2024-01-01, 30d\n  任务二 :after a1, 20d",
  pie: 'pie title 份额\n  "甲" : 40\n  "乙" : 60',
  mindmap: "mindmap\n  root((AI))\n    训练\n    推理",
  timeline: "timeline\n  title 历史\n  2012 : AlexNet\n  2017 : Transformer",
  journey: "journey\n  title 用户旅程\n  section 使用\n    打开: 5: 用户",
  gitGraph: "gitGraph\n  commit\n  branch dev\n  commit\n  checkout main\n  merge dev",
  quadrant: "quadrantChart\n  title 象限\n  x-axis 低 --> 高\n  y-axis 低 --> 高\n  A: [0.3, 0.6]",
  block: "block-beta\n  columns 2\n  a b",
  sankey: "sankey-beta\nA,B,10\nA,C,5",
};

describe("the diagram allow-list", () => {
  it("removes nothing from ordinary diagrams of every common type but a click link", async () => {
    const results = await renderSanitized(Object.values(samples), "light");
    const removed = Object.fromEntries(Object.keys(samples).map((name, i) => [name, results[i]?.removed ?? "not rendered"]));
    expect(removed).toEqual({
      ...Object.fromEntries(Object.keys(samples).map((name) => [name, []])),
      flowchart: ["xlink:href on <a>"],
    });
  }, 180_000);
});

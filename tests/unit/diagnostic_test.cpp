// Rendering in rustc's format, compared byte for byte with output captured
// from rustc 1.95 on the same source.
#include <doctest/doctest.h>

#include "diag/diagnostic.h"

using namespace sh;

namespace {

// The span of `needle` inside the first occurrence of `context` (the whole
// needle when no context is given).
Span spanOf(const SourceFile& file, std::string_view needle, std::string_view context = {}) {
  size_t at = file.text().find(context.empty() ? needle : context);
  REQUIRE(at != std::string::npos);
  at = file.text().find(needle, at);
  return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
}

}  // namespace

TEST_CASE("a primary and a secondary label on one line render like rustc's E0308") {
  SourceFile file("b.rs", "fn main() {\n    let v: u8 = true;\n}\n");
  Diagnostic d{DiagCode::E0308, "mismatched types", {}, {}, {}, {}};
  d.labels.push_back({spanOf(file, "true"), "expected `u8`, found `bool`", true});
  d.labels.push_back({spanOf(file, "u8"), "expected due to this", false});
  CHECK(renderDiagnostics({d}, file) ==
        "error[E0308]: mismatched types\n"
        " --> b.rs:2:17\n"
        "  |\n"
        "2 |     let v: u8 = true;\n"
        "  |            --   ^^^^ expected `u8`, found `bool`\n"
        "  |            |\n"
        "  |            expected due to this\n"
        "\n"
        "error: aborting due to 1 previous error\n"
        "\n"
        "For more information about this error, try `rustc --explain E0308`.\n");
}

TEST_CASE("labels on several lines are shown in line order, under the primary's location") {
  SourceFile file("a.rs", "fn main() {\n    let x = 5;\n    x = 6;\n}\n");
  Diagnostic d{DiagCode::E0384, "cannot assign twice to immutable variable `x`", {}, {}, {}, {}};
  d.labels.push_back({spanOf(file, "x = 6"), "cannot assign twice to immutable variable", true});
  d.labels.push_back({spanOf(file, "x", "x ="), "first assignment to `x`", false});
  CHECK(renderDiagnostic(d, file) ==
        "error[E0384]: cannot assign twice to immutable variable `x`\n"
        " --> a.rs:3:5\n"
        "  |\n"
        "2 |     let x = 5;\n"
        "  |         - first assignment to `x`\n"
        "3 |     x = 6;\n"
        "  |     ^^^^^ cannot assign twice to immutable variable\n");
}

TEST_CASE("four labels on one line hang from connectors right to left, like rustc's E0597") {
  SourceFile file("o.rs", "fn main() {\n    let r; { let z = 1; r = &z; } println!(\"{}\", r);\n}\n");
  Diagnostic d{DiagCode::E0597, "`z` does not live long enough", {}, {}, {}, {}};
  d.labels.push_back({spanOf(file, "&z"), "borrowed value does not live long enough", true});
  d.labels.push_back({spanOf(file, "z"), "binding `z` declared here", false});
  d.labels.push_back({spanOf(file, "}"), "`z` dropped here while still borrowed", false});
  d.labels.push_back({spanOf(file, "r", ", r)"), "borrow later used here", false});
  CHECK(renderDiagnostic(d, file) ==
        "error[E0597]: `z` does not live long enough\n"
        " --> o.rs:2:29\n"
        "  |\n"
        "2 |     let r; { let z = 1; r = &z; } println!(\"{}\", r);\n"
        "  |                  -          ^^  -                - borrow later used here\n"
        "  |                  |          |   |\n"
        "  |                  |          |   `z` dropped here while still borrowed\n"
        "  |                  |          borrowed value does not live long enough\n"
        "  |                  binding `z` declared here\n");
}

TEST_CASE("one skipped line is shown, a longer gap is `...`, and the gutter fits two digits") {
  SourceFile file("p.rs",
                  "fn main() {\n    let s = String::from(\"hi\");\n\n    let t = s;\n    let a = 1;\n    let b = 2;\n"
                  "    let c = 3;\n    let d = 4;\n    let e = 5;\n    println!(\"{}\", s);\n}\n");
  Diagnostic d{DiagCode::E0382, "borrow of moved value: `s`", {}, {}, {}, {}};
  d.labels.push_back({spanOf(file, "s", "s);"), "value borrowed here after move", true});
  d.labels.push_back({spanOf(file, "s", "s ="), "move occurs because `s` has type `String`, which does not implement the `Copy` trait", false});
  d.labels.push_back({spanOf(file, "s", "s;"), "value moved here", false});
  CHECK(renderDiagnostic(d, file) ==
        "error[E0382]: borrow of moved value: `s`\n"
        "  --> p.rs:10:20\n"
        "   |\n"
        " 2 |     let s = String::from(\"hi\");\n"
        "   |         - move occurs because `s` has type `String`, which does not implement the `Copy` trait\n"
        " 3 |\n"
        " 4 |     let t = s;\n"
        "   |             - value moved here\n"
        "...\n"
        "10 |     println!(\"{}\", s);\n"
        "   |                    ^ value borrowed here after move\n");
}

TEST_CASE("a tab displays as four spaces and columns under it move, as in rustc") {
  SourceFile file("d.rs", "fn main() {\n\tlet x = 5;\n\tx = 6;\n}\n");
  Diagnostic d{DiagCode::E0384, "cannot assign twice to immutable variable `x`", {}, {}, {}, {}};
  d.labels.push_back({spanOf(file, "x = 6"), "cannot assign twice to immutable variable", true});
  d.labels.push_back({spanOf(file, "x", "x ="), "first assignment to `x`", false});
  CHECK(renderDiagnostic(d, file) ==
        "error[E0384]: cannot assign twice to immutable variable `x`\n"
        " --> d.rs:3:2\n"
        "  |\n"
        "2 |     let x = 5;\n"
        "  |         - first assignment to `x`\n"
        "3 |     x = 6;\n"
        "  |     ^^^^^ cannot assign twice to immutable variable\n");
}

TEST_CASE("notes, helps and the memory sentence follow an empty gutter line") {
  SourceFile file("c.rs", "let x = 5;\nfn main() {}\n");
  Diagnostic d{DiagCode::None, "expected item, found keyword `let`", {}, {}, {}, {}};
  d.labels.push_back({spanOf(file, "let"), "", true});
  d.notes.push_back("a note");
  d.helps.push_back("a help");
  d.explanation = "`x` would live in static memory";
  CHECK(renderDiagnostic(d, file) ==
        "error: expected item, found keyword `let`\n"
        " --> c.rs:1:1\n"
        "  |\n"
        "1 | let x = 5;\n"
        "  | ^^^\n"
        "  |\n"
        "  = note: a note\n"
        "  = help: a help\n"
        "  = memory: `x` would live in static memory\n");
}

TEST_CASE("several errors end with rustc's summary of their codes") {
  SourceFile file("n.rs", "fn main() { x; }\n");
  Span x = spanOf(file, "x");
  std::vector<Diagnostic> ds = {{DiagCode::None, "first", {{x, "", true}}, {}, {}, {}},
                                {DiagCode::E0425, "second", {{x, "", true}}, {}, {}, {}},
                                {DiagCode::E0308, "third", {{x, "", true}}, {}, {}, {}}};
  std::string out = renderDiagnostics(ds, file);
  CHECK(out.ends_with("error: aborting due to 3 previous errors\n\n"
                      "Some errors have detailed explanations: E0308, E0425.\n"
                      "For more information about an error, try `rustc --explain E0308`.\n"));
  CHECK(renderDiagnostics({ds[0]}, file).ends_with("\n\nerror: aborting due to 1 previous error\n\n"));
}

TEST_CASE("the primary span is the first primary label's, else the first label's") {
  Diagnostic d{DiagCode::None, "m", {{{1, 2}, "", false}, {{5, 6}, "", true}}, {}, {}, {}};
  CHECK(d.primarySpan().start == 5);
  d.labels[1].primary = false;
  CHECK(d.primarySpan().start == 1);
}

TEST_CASE("a span over several lines is underlined to the end of its first line") {
  SourceFile file("m.rs", "fn main() {\n    let v = vec![\n        1];\n}\n");
  Diagnostic d{DiagCode::None, "m", {{spanOf(file, "vec![\n        1]"), "here", true}}, {}, {}, {}};
  CHECK(renderDiagnostic(d, file) ==
        "error: m\n"
        " --> m.rs:2:13\n"
        "  |\n"
        "2 |     let v = vec![\n"
        "  |             ^^^^^ here\n");
}

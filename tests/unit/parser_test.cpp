// The parser: precedence, Rust's syntactic restrictions, spans, snippets,
// unsupported constructs and the nesting limit.
#include <doctest/doctest.h>

#include <deque>

#include "diag/diagnostic.h"
#include "syntax/parser.h"

using namespace sh;

namespace {

// Programs keep spans into their file, so the files outlive the test.
const SourceFile& fileOf(const std::string& text) {
  static std::deque<SourceFile> files;
  return files.emplace_back("main.rs", text);
}

Program parseText(const std::string& text) { return parse(fileOf(text)); }

Diagnostic parseError(const std::string& text) {
  try {
    parseText(text);
  } catch (const CompileError& e) {
    return e.diagnostic;
  }
  FAIL("expected a syntax error for: " << text);
  return {};
}

std::string dump(const Expr& e);

std::string dumpAll(const std::vector<ExprPtr>& es) {
  std::string out;
  for (const ExprPtr& e : es) out += " " + dump(*e);
  return out;
}

std::string dumpPath(const Path& p) {
  std::string out;
  for (const PathSegment& s : p.segments) out += (out.empty() ? "" : "::") + s.name + (s.generics.empty() ? "" : "<>");
  return out;
}

// A compact S-expression, enough to see the tree's shape.
std::string dump(const Expr& e) {
  auto opt = [](const ExprPtr& x) { return x ? dump(*x) : std::string("_"); };
  switch (e.kind) {
    case ExprKind::IntLit: case ExprKind::FloatLit: return e.text + e.suffix;
    case ExprKind::BoolLit: return e.text;
    case ExprKind::CharLit: return "'" + e.text + "'";
    case ExprKind::StrLit: return "\"" + e.text + "\"";
    case ExprKind::Path: return dumpPath(e.path);
    case ExprKind::Unary: return "(" + std::string(unaryOpText(e.unaryOp)) + " " + dump(*e.operand) + ")";
    case ExprKind::Binary: return "(" + std::string(binaryOpText(e.binaryOp)) + " " + dump(*e.lhs) + " " + dump(*e.rhs) + ")";
    case ExprKind::Assign: return "(= " + dump(*e.lhs) + " " + dump(*e.rhs) + ")";
    case ExprKind::CompoundAssign: return "(" + compoundOpText(e.binaryOp) + " " + dump(*e.lhs) + " " + dump(*e.rhs) + ")";
    case ExprKind::Call: return "(call " + dump(*e.operand) + dumpAll(e.args) + ")";
    case ExprKind::MethodCall: return "(." + e.text + " " + dump(*e.operand) + dumpAll(e.args) + ")";
    case ExprKind::Field: return "(." + e.text + " " + dump(*e.operand) + ")";
    case ExprKind::TupleField: return "(." + std::to_string(e.index) + " " + dump(*e.operand) + ")";
    case ExprKind::Index: return "(index " + dump(*e.lhs) + " " + dump(*e.rhs) + ")";
    case ExprKind::Ref: return std::string(e.isMut ? "(&mut " : "(& ") + dump(*e.operand) + ")";
    case ExprKind::Deref: return "(* " + dump(*e.operand) + ")";
    case ExprKind::Cast: return "(as " + dump(*e.operand) + " " + dumpPath(e.castType->path) + ")";
    case ExprKind::Block: return "{}";
    case ExprKind::If: return "(if " + dump(*e.operand) + " {}" + (e.elseBranch ? " " + dump(*e.elseBranch) : "") + ")";
    case ExprKind::IfLet: return "(if-let " + dump(*e.operand) + ")";
    case ExprKind::While: return "(while " + dump(*e.operand) + ")";
    case ExprKind::WhileLet: return "(while-let " + dump(*e.operand) + ")";
    case ExprKind::Loop: return "(loop" + (e.text.empty() ? "" : " '" + e.text) + ")";
    case ExprKind::For: return "(for " + dump(*e.operand) + ")";
    case ExprKind::Match: return "(match " + dump(*e.operand) + " " + std::to_string(e.arms.size()) + ")";
    case ExprKind::Break: return "(break" + (e.text.empty() ? "" : " '" + e.text) + (e.operand ? " " + dump(*e.operand) : "") + ")";
    case ExprKind::Continue: return "(continue)";
    case ExprKind::Return: return "(return " + opt(e.operand) + ")";
    case ExprKind::Range: return std::string(e.inclusive ? "(..= " : "(.. ") + opt(e.lhs) + " " + opt(e.rhs) + ")";
    case ExprKind::Tuple: return "(tuple" + dumpAll(e.args) + ")";
    case ExprKind::Paren: return "(paren " + dump(*e.operand) + ")";
    case ExprKind::Array: return "[" + dumpAll(e.args) + " ]";
    case ExprKind::ArrayRepeat: return "[" + dump(*e.args[0]) + "; " + dump(*e.args[1]) + "]";
    case ExprKind::StructLit: {
      std::string out = "(struct " + dumpPath(e.path);
      for (const FieldInit& f : e.fields) out += " " + f.name + ":" + dump(*f.value);
      return out + (e.structBase ? " .." + dump(*e.structBase) : "") + ")";
    }
    case ExprKind::Macro: return "(" + e.text + "!" + (e.macroRepeat ? " repeat" : "") + dumpAll(e.args) + ")";
    case ExprKind::Closure: return std::string(e.isMove ? "(move-closure" : "(closure") + " " + std::to_string(e.closureParams.size()) + " " + dump(*e.operand) + ")";
  }
  return "?";
}

// The tail expression of a snippet `text`.
std::string tailOf(const std::string& text) {
  Program p = parseText(text);
  REQUIRE(p.fns.size() == 1);
  REQUIRE(p.fns[0].body->tail);
  return dump(*p.fns[0].body->tail);
}

std::string_view textOf(const std::string& source, Span span) { return std::string_view(source).substr(span.start, span.end - span.start); }

}  // namespace

TEST_CASE("binary operators follow Rust's precedence and associativity") {
  CHECK(tailOf("1 + 2 * 3") == "(+ 1 (* 2 3))");
  CHECK(tailOf("1 - 2 - 3") == "(- (- 1 2) 3)");
  CHECK(tailOf("a || b && c == d") == "(|| a (&& b (== c d)))");
  CHECK(tailOf("a | b ^ c & d << 1 + 2") == "(| a (^ b (& c (<< d (+ 1 2)))))");
  CHECK(tailOf("x = y += 2") == "(= x (+= y 2))");
}

TEST_CASE("prefix operators bind tighter than `as`, postfix tighter than prefix") {
  CHECK(tailOf("-a.b()") == "(- (.b a))");
  CHECK(tailOf("a as u8 + 1") == "(+ (as a u8) 1)");
  CHECK(tailOf("-x as i64") == "(as (- x) i64)");
  CHECK(tailOf("*r.f") == "(* (.f r))");
  CHECK(tailOf("&mut v[0]") == "(&mut (index v 0))");
  CHECK(tailOf("&&x") == "(& (& x))");
  CHECK(tailOf("!f(1, 2,)") == "(! (call f 1 2))");
}

TEST_CASE("ranges are looser than arithmetic and may omit either end") {
  CHECK(tailOf("a..=b") == "(..= a b)");
  CHECK(tailOf("0..n + 1") == "(.. 0 (+ n 1))");
  CHECK(tailOf("..5") == "(.. _ 5)");
  CHECK(tailOf("3..") == "(.. 3 _)");
  CHECK(tailOf("x[1..]") == "(index x (.. 1 _))");
}

TEST_CASE("tuple fields, method turbofish and generic paths") {
  CHECK(tailOf("x.0.1") == "(.1 (.0 x))");
  CHECK(tailOf("Vec::<i32>::new()") == "(call Vec<>::new)");
  CHECK(tailOf("std::mem::size_of::<u64>()") == "(call std::mem::size_of<>)");
  CHECK(tailOf("it.collect::<Vec<Vec<i32>>>()") == "(.collect it)");
}

TEST_CASE("literals, tuples, arrays, macros and struct literals") {
  CHECK(tailOf("(1, 'a', \"s\", 2.5, true)") == "(tuple 1 'a' \"s\" 2.5 true)");
  CHECK(tailOf("((1), (2,), ())") == "(tuple (paren 1) (tuple 2) (tuple))");
  CHECK(tailOf("[1, 2][0]") == "(index [ 1 2 ] 0)");
  CHECK(tailOf("[0u8; 4]") == "[0u8; 4]");
  CHECK(tailOf("vec![0; n]") == "(vec! repeat 0 n)");
  CHECK(tailOf("println!(\"{} {}\", a, b,)") == "(println! \"{} {}\" a b)");
  CHECK(tailOf("P { x: 1, y, ..base }") == "(struct P x:1 y:y ..base)");
}

TEST_CASE("struct literals are not allowed in conditions unless parenthesized") {
  CHECK(tailOf("if x == y { 1 } else { 2 }") == "(if (== x y) {} {})");
  CHECK(tailOf("if p == (P { x: 1 }) {}") == "(if (== p (paren (struct P x:1))) {})");
  CHECK(tailOf("for i in 0..n {}") == "(for (.. 0 n))");
  CHECK(tailOf("while let Some(x) = it.next() {}") == "(while-let (.next it))");
  CHECK(tailOf("match v { _ => 1 }") == "(match v 1)");
}

TEST_CASE("block-like statements need no `;` and are not continued by a binary operator") {
  Program p = parseText("fn main() { if c { } -1 }");
  const Block& body = *p.fns[0].body;
  REQUIRE(body.stmts.size() == 1);
  CHECK(dump(*body.stmts[0].init) == "(if c {})");
  CHECK_FALSE(body.stmts[0].hasSemicolon);
  CHECK(dump(*body.tail) == "(- 1)");
  CHECK(tailOf("let v = 1; match v { _ => v }.max(2)") == "(.max (match v 1) 2)");
}

TEST_CASE("the last block-like expression of a block is its tail") {
  Program p = parseText("fn f(c: bool) -> i32 { if c { 1 } else { 2 } }");
  CHECK(p.fns[0].body->stmts.empty());
  CHECK(dump(*p.fns[0].body->tail) == "(if c {} {})");
}

TEST_CASE("labels on loops and `break 'label value`") {
  Program p = parseText("fn main() { let v = 'outer: loop { break 'outer 5; }; }");
  const Expr& loop = *p.fns[0].body->stmts[0].init;
  CHECK(dump(loop) == "(loop 'outer)");
  CHECK(dump(*loop.block->stmts[0].init) == "(break 'outer 5)");
}

TEST_CASE("if let, else-if chains and let-else") {
  CHECK(tailOf("if let Some(x) = o { x } else if c { 1 } else { 2 }") == "(if-let o)");
  Program p = parseText("fn main() { let Some(x) = o else { return; }; }");
  const Stmt& let = p.fns[0].body->stmts[0];
  CHECK(let.elseBlock);
  CHECK(let.pattern->kind == PatternKind::TupleStruct);
}

TEST_CASE("match arms: or-patterns, guards, block bodies without commas") {
  Program p = parseText(
      "fn main() { match n { 0 | 1 => {} -1 => a, 2..=5 if n > 3 => b, 'a'..='z' => c, (x, ..) => d, _ => e } }");
  const Expr& m = *p.fns[0].body->tail;
  REQUIRE(m.arms.size() == 6);
  CHECK(m.arms[0].pattern->kind == PatternKind::Or);
  CHECK(m.arms[1].pattern->kind == PatternKind::Literal);
  CHECK(dump(*m.arms[1].pattern->literal) == "(- 1)");
  CHECK(m.arms[2].pattern->kind == PatternKind::Range);
  CHECK(m.arms[2].guard);
  CHECK(m.arms[3].pattern->inclusive);
  CHECK(m.arms[4].pattern->hasRest);
  CHECK(m.arms[4].pattern->restIndex == 1);
  CHECK(m.arms[5].pattern->kind == PatternKind::Wildcard);
}

TEST_CASE("patterns: bindings, references, struct patterns, paths") {
  Program p = parseText(
      "fn main() { let (mut a, ref b, ref mut c, &d, P { x, y: 0, .. }, None, Some(_)) = t; }");
  const Pattern& t = *p.fns[0].body->stmts[0].pattern;
  REQUIRE(t.elems.size() == 7);
  CHECK(t.elems[0]->isMut);
  CHECK(t.elems[1]->byRef);
  CHECK((t.elems[2]->byRef && t.elems[2]->isMut));
  CHECK(t.elems[3]->kind == PatternKind::Ref);
  CHECK(t.elems[4]->kind == PatternKind::Struct);
  CHECK(t.elems[4]->fields[0].pattern->name == "x");
  CHECK(t.elems[4]->hasRest);
  CHECK(t.elems[5]->kind == PatternKind::PathPat);
  CHECK(t.elems[6]->kind == PatternKind::TupleStruct);
}

TEST_CASE("types: generics with `>>` split, references, tuples, arrays, slices") {
  Program p = parseText("fn f(a: Vec<Vec<i32>>, b: &mut [u8], c: (i32, &str), d: [u8; 4], e: Option<Box<N>>) {}");
  const auto& ps = p.fns[0].params;
  CHECK(ps[0].type->path.segments[0].generics[0]->path.segments[0].generics.size() == 1);
  CHECK(ps[1].type->kind == TypeExprKind::Ref);
  CHECK(ps[1].type->isMut);
  CHECK(ps[1].type->elems[0]->kind == TypeExprKind::Slice);
  CHECK(ps[2].type->kind == TypeExprKind::Tuple);
  CHECK(ps[3].type->kind == TypeExprKind::Array);
  CHECK(ps[4].type->path.segments[0].generics[0]->path.last() == "Box");
}

TEST_CASE("items: functions with self, structs of three shapes with derives, impls, uses") {
  Program p = parseText(
      "use std::collections::{HashMap, HashSet};\n"
      "#[derive(Debug, Clone, Copy)]\n#[allow(dead_code)]\nstruct P { pub x: i32, y: i32 }\n"
      "struct T(i32, String);\nstruct U;\n"
      "impl P { fn new() -> Self { P { x: 0, y: 0 } } fn get(&self) -> i32 { self.x } fn set(&mut self, v: i32) {} "
      "fn take(mut self) {} }\n"
      "fn main() {}\n");
  CHECK(p.uses.size() == 2);  // one import per name of the group
  REQUIRE(p.structs.size() == 3);
  CHECK(p.structs[0].derives == std::vector<std::string>{"Debug", "Clone", "Copy"});
  CHECK(p.structs[0].fields.size() == 2);
  CHECK(p.structs[1].isTuple);
  CHECK(p.structs[1].fields[1].name == "1");
  CHECK(p.structs[2].isUnit);
  REQUIRE(p.impls.size() == 1);
  const auto& fns = p.impls[0].fns;
  CHECK(fns[0].self == SelfParam::None);
  CHECK(fns[1].self == SelfParam::Ref);
  CHECK(fns[2].self == SelfParam::RefMut);
  CHECK(fns[2].params.size() == 1);
  CHECK(fns[3].self == SelfParam::MutValue);
  CHECK(fns[1].implType == "P");
  CHECK(p.fns.size() == 1);
  CHECK_FALSE(p.isSnippet);
}

TEST_CASE("modules nest scopes; items keep the scope and visibility they were declared with") {
  Program p = parseText(
      "mod shapes { pub struct Circle { pub r: f64, id: u32 } pub(crate) fn f() {} mod inner { pub(super) fn g() {} } }\n"
      "const MAX: u32 = 10;\nstatic NAME: &str = \"n\";\ntype Km = i32;\n"
      "fn main() { struct Local; { fn inner() {} } }\n");
  REQUIRE(p.scopes.size() == 5);  // the crate, shapes, inner, and main's two blocks
  CHECK(p.scopes[1].name == "shapes");
  CHECK(p.scopes[1].parent == 0);
  CHECK(p.scopes[2].name == "inner");
  CHECK(p.scopes[2].parent == 1);
  CHECK(p.structs[0].scope == 1);
  CHECK(p.structs[0].vis == Visibility::Public);
  CHECK(p.structs[0].fields[0].vis == Visibility::Public);
  CHECK(p.structs[0].fields[1].vis == Visibility::Private);
  CHECK(p.fns[0].vis == Visibility::Public);  // pub(crate): one crate is the whole program
  CHECK(p.fns[1].vis == Visibility::Super);
  REQUIRE(p.consts.size() == 2);
  CHECK_FALSE(p.consts[0].isStatic);
  CHECK(p.consts[1].isStatic);
  CHECK(p.typeAliases.size() == 1);
  // main's block declares `Local`; the inner block `inner`, in a scope inside main's.
  const FnDecl& main = p.fns.back();
  CHECK(p.structs[1].scope == main.body->itemScope);
  CHECK(p.scopes[p.fns[2].scope].parent == main.body->itemScope);
  CHECK_FALSE(p.scopes[main.body->itemScope].isModule);
}

TEST_CASE("a use tree becomes one import per name, each a full path") {
  Program p = parseText("use a::{b, c::d as e, self, f::*};\nfn main() {}\n");
  REQUIRE(p.uses.size() == 4);
  auto pathOf = [](const UseDecl& u) {
    std::string s;
    for (const PathSegment& seg : u.path.segments) s += (s.empty() ? "" : "::") + seg.name;
    return s;
  };
  CHECK(pathOf(p.uses[0]) == "a::b");
  CHECK(p.uses[0].name == "b");
  CHECK(pathOf(p.uses[1]) == "a::c::d");
  CHECK(p.uses[1].name == "e");
  CHECK(pathOf(p.uses[2]) == "a");
  CHECK(p.uses[2].name == "a");
  CHECK(pathOf(p.uses[3]) == "a::f");
  CHECK(p.uses[3].glob);
}

TEST_CASE("spans cover exactly the text of each node") {
  std::string src = "fn main() { let v: u8 = (1 + x.f(2)) as u8; }";
  Program p = parse(fileOf(src));
  const Stmt& let = p.fns[0].body->stmts[0];
  CHECK(textOf(src, let.span) == "let v: u8 = (1 + x.f(2)) as u8;");
  CHECK(textOf(src, let.type->span) == "u8");
  CHECK(textOf(src, let.init->span) == "(1 + x.f(2)) as u8");
  const Expr& sum = *let.init->operand->operand;
  CHECK(textOf(src, sum.span) == "(1 + x.f(2))");  // rustc gives a parenthesised expression the parentheses' span
  CHECK(textOf(src, sum.rhs->span) == "x.f(2)");
  CHECK(textOf(src, sum.rhs->nameSpan) == "f");
  CHECK(textOf(src, p.fns[0].nameSpan) == "main");
  CHECK(textOf(src, p.fns[0].body->span) == "{ let v: u8 = (1 + x.f(2)) as u8; }");
}

TEST_CASE("a snippet's statements become the body of an implicit main") {
  std::string src = "// a lesson\nlet x = 5;\nfn double(n: i32) -> i32 { n * 2 }\nprintln!(\"{}\", double(x));\n";
  Program p = parse(fileOf(src));
  CHECK(p.isSnippet);
  REQUIRE(p.fns.size() == 2);
  const FnDecl& main = p.fns[1];
  CHECK(main.implicitMain);
  CHECK(main.name == "main");
  CHECK(main.nameSpan.empty());
  REQUIRE(main.body->stmts.size() == 3);
  CHECK(main.body->stmts[1].kind == StmtKind::Item);  // `fn double` stands there, declared in main's block
  CHECK(p.fns[0].scope == main.body->itemScope);
  CHECK(textOf(src, main.body->span) ==
        "let x = 5;\nfn double(n: i32) -> i32 { n * 2 }\nprintln!(\"{}\", double(x));");
  // Spans are offsets in the learner's text: line numbers are unchanged.
  SourceFile file("main.rs", src);
  CHECK(file.lineCol(main.body->stmts[2].span.start).line == 4);
}

TEST_CASE("a snippet's last expression without `;` is the tail of the implicit main") {
  CHECK(tailOf("let a = 1;\na + 1") == "(+ a 1)");
}

TEST_CASE("statements beside an explicit main are rustc's `expected item`") {
  Diagnostic d = parseError("let x = 5;\nfn main() {}\n");
  CHECK(d.message == "expected item, found keyword `let`");
  CHECK(d.primarySpan().start == 0);
  CHECK(d.labels[0].text == "`let` cannot be used for global variables");
}

TEST_CASE("syntax errors use rustc's words") {
  CHECK(parseError("fn main() { let x = 5 let y = 6; }").message ==
        "expected one of `.`, `;`, `?`, `else`, or an operator, found keyword `let`");
  CHECK(parseError("fn main() { x = 3 x }").message == "expected one of `.`, `;`, `?`, `}`, or an operator, found `x`");
  CHECK(parseError("fn main() { foo(1 2); }").message == "expected one of `)`, `,`, `.`, `?`, or an operator, found `2`");
  CHECK(parseError("fn main() { let y = (); let z = ; }").message == "expected expression, found `;`");
  CHECK(parseError("fn main() { let = 5; }").message == "expected pattern, found `=`");
  CHECK(parseError("fn main() { let a = 1 < 2 < 3; }").message == "comparison operators cannot be chained");
  CHECK(parseError("fn main() { struct }").message == "expected identifier, found `}`");
  CHECK(parseError("mod m { let x = 1; }").message == "expected item, found keyword `let`");
}

TEST_CASE("unbalanced delimiters are reported before parsing, like rustc") {
  CHECK(parseError("fn main() { let x = 5").message == "this file contains an unclosed delimiter");
  CHECK(parseError("fn main() { } }").message == "unexpected closing delimiter: `}`");
  Diagnostic d = parseError("fn main() { let a = (1; }");
  CHECK(d.message == "mismatched closing delimiter: `}`");
  CHECK(d.primarySpan().start == 20);
}

TEST_CASE("constructs outside the subset are named as unsupported") {
  auto messageOf = [](const std::string& text) { return parseError(text).message; };
  CHECK(messageOf("fn main() { unsafe { } }") == "`unsafe` is not supported");
  CHECK(messageOf("fn f<const N: usize>() {}") == "const generics are not supported yet");
  CHECK(messageOf("const fn f() -> i32 { 1 }") == "`const fn` is not supported yet");
  CHECK(messageOf("static mut N: usize = 3;") == "`static mut` is not supported yet");
  CHECK(messageOf("pub(in crate::a) fn f() {}") == "`pub(in path)` is not supported yet");
}

TEST_CASE("an unsupported construct is underlined over its whole span") {
  std::string src = "static mut N: usize = 3;\nfn main() {}";
  Diagnostic d = parseError(src);
  CHECK(textOf(src, d.primarySpan()) == "static mut N: usize = 3;");
  CHECK(d.code == DiagCode::None);
}

TEST_CASE("generic parameters keep their bounds, defaults and where clauses") {
  Program p = parseText("fn largest<'a, T: PartialOrd + Copy, U = i32>(list: &'a [T]) -> &'a T where T: std::fmt::Debug, 'a: 'a { &list[0] }");
  const Generics& g = p.fns[0].generics;
  REQUIRE(g.params.size() == 3);
  CHECK(g.params[0].isLifetime);
  CHECK(g.params[0].name == "a");
  CHECK(g.params[1].name == "T");
  REQUIRE(g.params[1].bounds.size() == 2);
  CHECK(g.params[1].bounds[1].path.last() == "Copy");
  CHECK(g.params[2].defaultType != nullptr);
  REQUIRE(g.predicates.size() == 2);
  CHECK(g.predicates[0].bounds[0].path.segments.size() == 3);
  CHECK(g.predicates[1].lifetime == "a");
  CHECK(p.fns[0].params[0].type->elems[0]->kind == TypeExprKind::Slice);
  CHECK(p.fns[0].params[0].type->lifetime == "a");
}

TEST_CASE("traits declare required and provided methods, associated types and supertraits") {
  Program p = parseText("trait Shape: std::fmt::Debug + Clone { type Unit; fn area(&self) -> f64; fn describe(&self) -> String { String::new() } }");
  REQUIRE(p.traits.size() == 1);
  const TraitDecl& t = p.traits[0];
  CHECK(t.supertraits.size() == 2);
  REQUIRE(t.types.size() == 1);
  CHECK(t.types[0].name == "Unit");
  REQUIRE(t.fns.size() == 2);
  CHECK(t.fns[0].body == nullptr);
  CHECK(t.fns[1].body != nullptr);
  CHECK(t.fns[0].self == SelfParam::Ref);
}

TEST_CASE("impl blocks name a trait, generic parameters and any self type") {
  Program p = parseText("impl<T: Display> Summary<T> for Wrapper<T> where T: Clone { type Item = u32; fn f(&self) {} }\n"
                        "impl Shape for &str {}\nimpl Point { fn new() -> Self { Point } }");
  REQUIRE(p.impls.size() == 3);
  CHECK(p.impls[0].trait.has_value());
  CHECK(p.impls[0].trait->last() == "Summary");
  CHECK(p.impls[0].typeName == "Wrapper");
  CHECK(p.impls[0].generics.params.size() == 1);
  CHECK(p.impls[0].generics.predicates.size() == 1);
  CHECK(p.impls[0].types[0].name == "Item");
  CHECK(p.impls[1].selfType->kind == TypeExprKind::Ref);
  CHECK(p.impls[1].typeName.empty());
  CHECK(!p.impls[2].trait.has_value());
}

TEST_CASE("types name trait objects, impl Trait, closures' traits and function pointers") {
  Program p = parseText("fn f(a: Box<dyn Fn(i32) -> i32 + 'static>, b: impl Iterator<Item = u32>, c: fn(u8) -> bool, d: &dyn Shape) {}");
  const auto& params = p.fns[0].params;
  const TypeExpr& boxed = *params[0].type->path.segments[0].generics[0];
  CHECK(boxed.kind == TypeExprKind::DynTrait);
  REQUIRE(boxed.bounds.size() == 2);
  CHECK(boxed.bounds[0].path.segments[0].parenthesized);
  CHECK(boxed.bounds[0].path.segments[0].generics.size() == 1);
  CHECK(boxed.bounds[0].path.segments[0].output != nullptr);
  CHECK(boxed.bounds[1].lifetime == "static");
  CHECK(params[1].type->kind == TypeExprKind::ImplTrait);
  CHECK(params[1].type->bounds[0].path.segments[0].bindings.size() == 1);
  CHECK(params[2].type->kind == TypeExprKind::FnPtr);
  CHECK(params[2].type->elems.size() == 1);
  CHECK(params[3].type->elems[0]->kind == TypeExprKind::DynTrait);
}

TEST_CASE("deep nesting is a diagnostic, never a host stack overflow") {
  const std::string expected = "expressions nested deeper than 256 levels are not supported";
  CHECK(parseError("fn main() { let x = " + std::string(10000, '(') + "1" + std::string(10000, ')') + "; }").message ==
        expected);
  CHECK(parseError("fn main() " + std::string(10000, '{') + std::string(10000, '}')).message == expected);
  CHECK(parseError("fn main() { let x = " + std::string(10000, '-') + "1; }").message == expected);
  std::string sum = "1";
  for (int i = 0; i < 10000; ++i) sum += " + 1";
  CHECK(parseError("fn main() { let x = " + sum + "; }").message == expected);
  std::string chain = "x";
  for (int i = 0; i < 10000; ++i) chain += ".f()";
  CHECK(parseError(chain).message == expected);
  std::string elses = "if a {}";
  for (int i = 0; i < 10000; ++i) elses += " else if a {}";
  CHECK(parseError(elses).message == expected);
  CHECK(parseError("fn f(x: " + std::string(10000, '&') + "i32) {}").message == expected);
  CHECK(parseError("fn main() { let " + std::string(10000, '&') + "x = 1; }").message == expected);
}

TEST_CASE("nesting within the limit parses") {
  CHECK(tailOf(std::string(100, '(') + "1" + std::string(100, ')')).starts_with("(paren"));
}

TEST_CASE("`operand?` parses to a match the checker completes") {
  Program p = parseText("fn main() { let n = f()?.len(); }");
  const Expr& method = *p.fns[0].body->stmts[0].init;
  REQUIRE(method.kind == ExprKind::MethodCall);
  const Expr& tried = *method.operand;
  CHECK(tried.kind == ExprKind::Match);
  CHECK(tried.tryOperator);
  CHECK(tried.arms.empty());
  CHECK(tried.nameSpan.start == 23);
  CHECK(tried.operand->kind == ExprKind::Call);
}

TEST_CASE("a closure parses with its parameters, an optional return type and its body") {
  Program p = parseText("fn main() { let f = move |a, b: i32| -> i32 { a + b }; let g = || 1; }");
  const Expr& f = *p.fns[0].body->stmts[0].init;
  REQUIRE(f.kind == ExprKind::Closure);
  CHECK(f.isMove);
  REQUIRE(f.closureParams.size() == 2);
  CHECK(f.closureParams[0].type == nullptr);
  CHECK(f.closureParams[1].type != nullptr);
  CHECK(f.closureRet != nullptr);
  CHECK(f.operand->kind == ExprKind::Block);
  const Expr& g = *p.fns[0].body->stmts[1].init;
  REQUIRE(g.kind == ExprKind::Closure);
  CHECK(g.closureParams.empty());
  CHECK(g.operand->kind == ExprKind::IntLit);
}

// trim and split_whitespace take Unicode's whitespace as std does: the ideographic space U+3000 and NEL U+0085 too.
let s = "\u{3000} hello\u{85}world \u{a0}";
println!("{:?}", s.trim());
for w in s.split_whitespace() {
    println!("{:?}", w);
}
// expect: "hello\u{85}world"
// expect: "hello"
// expect: "world"

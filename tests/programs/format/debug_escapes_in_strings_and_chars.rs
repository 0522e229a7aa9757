// Debug output escapes the quote that delimits it, but not the other kind.
fn main() {
    println!("{:?}", "it's");
    println!("{:?}", '"');
    println!("{:?}", '\'');
    println!("{:?}", "a\\b");
}
// expect: "it's"
// expect: '"'
// expect: '\''
// expect: "a\\b"

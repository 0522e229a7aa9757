// `{:?}` on a String or &str adds quotes and escapes quotes, backslashes, tabs and newlines.
fn main() {
    let s = String::from("say \"hi\"\tnow");
    println!("{}", s);
    println!("{:?}", s);
    let path = "C:\\dir";
    println!("{} {:?}", path, path);
    println!("{:?}", "two\nlines");
}
// expect: say "hi"	now
// expect: "say \"hi\"\tnow"
// expect: C:\dir "C:\\dir"
// expect: "two\nlines"

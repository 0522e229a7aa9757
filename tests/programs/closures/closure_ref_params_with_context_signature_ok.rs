// A closure's `&str` parameter escapes nothing when its signature comes from its context (a std method's, a `Box<dyn Fn>`'s) or it has no written type, and a `let` closure may keep what it makes of the parameter when that owns its data.
fn main() {
    let text = String::from("a b  c");
    let trimmed: Vec<&str> = text.split(' ').map(|w: &str| w.trim()).collect();
    println!("{:?}", trimmed);
    let mut out: Vec<&str> = Vec::new();
    text.split(' ').for_each(|w: &str| out.push(w));
    println!("{:?}", out);
    let echo: Box<dyn Fn(&str) -> &str> = Box::new(|w: &str| w);
    println!("{}", echo("echo"));
    let mut kept: Vec<&str> = Vec::new();
    let mut keep = |w| kept.push(w);
    keep(&text[0..1]);
    keep("z");
    println!("{:?}", kept);
    let mut upper: Vec<String> = Vec::new();
    let mut longest = String::new();
    let mut add = |w: &str| {
        if w.len() > longest.len() {
            longest = w.to_string();
        }
        upper.push(w.to_uppercase());
    };
    add("ab");
    add("abc");
    println!("{:?} {}", upper, longest);
    let mut statics: Vec<&str> = Vec::new();
    let mut add_static = |w: &'static str| statics.push(w);
    add_static("s");
    println!("{:?}", statics);
}
// expect: ["a", "b", "", "c"]
// expect: ["a", "b", "", "c"]
// expect: echo
// expect: ["a", "z"]
// expect: ["AB", "ABC"] abc
// expect: ["s"]

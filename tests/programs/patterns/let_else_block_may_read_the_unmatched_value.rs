// The else block of `let … else` runs only when nothing matched, so the value the pattern would have moved is still whole there.
fn describe(opt: Option<String>) -> String {
    let Some(text) = opt else {
        return format!("nothing: {:?}", opt);
    };
    text
}

fn main() {
    println!("{}", describe(Some(String::from("hello"))));
    println!("{}", describe(None));
}
// expect: hello
// expect: nothing: None

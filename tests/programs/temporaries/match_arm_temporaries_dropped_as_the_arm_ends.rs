// A match arm's body is a temporary scope: the Label made in it is dropped as the arm ends, before the call's next argument is made.
struct Label {
    text: String,
}

impl Label {
    fn shout(&self) -> String {
        self.text.to_uppercase()
    }
}

fn join(a: String, b: String) -> String {
    a + &b
}

fn main() {
    let n = 3;
    let s = join(match n {
        0 => String::new(),
        _ => Label { text: format!("n{}", n) }.shout(),
    }, String::from("heap"));
    println!("{}", s);
}
// expect: N3heap

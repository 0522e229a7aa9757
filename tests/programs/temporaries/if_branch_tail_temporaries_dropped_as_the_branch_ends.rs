// An `if` branch is a temporary scope: the Label built in its tail to call to_string on is dropped (its String freed) as the branch ends, before the next argument is made, not at the end of the statement.
struct Label {
    text: String,
}

impl std::fmt::Display for Label {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "[{}]", self.text)
    }
}

fn join(a: String, b: String) -> String {
    a + &b
}

fn main() {
    let n = 19;
    let s = join(if n > 6 { Label { text: format!("{}-", n) }.to_string() } else { String::new() }, String::from("stack"));
    println!("{}", s);
}
// expect: [19-]stack

// A destructuring `let` of a temporary drops the parts its pattern leaves (`_`) at the end of the statement; of a variable, with the variable.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn pair(name: &'static str) -> (Noisy, u8) {
    (Noisy(name), 1)
}

fn main() {
    let (_, v) = pair("temporary");
    println!("v {v}");
    let p = pair("variable");
    let (_, w) = p;
    println!("w {w}");
    let (_n, text) = (Noisy("named"), String::from("s"));
    println!("{text}");
}
// expect: drop temporary
// expect: v 1
// expect: w 1
// expect: s
// expect: drop named
// expect: drop variable

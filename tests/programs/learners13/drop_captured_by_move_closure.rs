// A Drop value moved into a closure is dropped when the closure is, not when the variable's scope would end.
struct Token(&'static str);

impl Drop for Token {
    fn drop(&mut self) {
        println!("drop token {}", self.0);
    }
}

fn main() {
    let t = Token("a");
    let f = move || println!("closure holds {}", t.0);
    f();
    println!("before dropping the closure");
    drop(f);
    println!("after dropping the closure");
    let u = Token("b");
    let g = || println!("borrowing {}", u.0);
    g();
    println!("end of main");
}
// expect: closure holds a
// expect: before dropping the closure
// expect: after dropping the closure
// expect: borrowing b
// expect: end of main
// expect: drop token b
// expect: drop token a

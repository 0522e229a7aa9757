// Moving a captured String out of a closure written where Fn is required is E0507.
fn run<F: Fn()>(f: F) {
    f();
}

fn main() {
    let name = String::from("ann");
    run(move || {
        let n = name;
        println!("{}", n);
    });
}
// error: E0507 at 9:17

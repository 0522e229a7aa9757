// An or-pattern binding a name on only one side is E0408.
enum E {
    A(i32),
    B(i32),
    C,
}

fn main() {
    let e = E::A(1);
    match e {
        E::A(x) | E::C => println!("{x}"),
        E::B(_) => {}
    }
}
// error: E0408 at 11:19

// Naming a generic struct without its type argument in a function signature is E0107.
struct Wrapper<T> {
    v: T,
}

fn show(w: &Wrapper) -> usize {
    1
}

fn main() {
    println!("{}", show(&Wrapper { v: 1 }));
}
// error: E0107 at 6:13

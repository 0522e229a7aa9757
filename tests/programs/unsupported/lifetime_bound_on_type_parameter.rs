// `T: 'static` limits what T may borrow, which the borrow checker does not follow yet: "not supported yet" at the bound.
fn keep<T: 'static + std::fmt::Debug>(t: T) -> T {
    t
}

fn main() {
    println!("{:?}", keep(5));
}
// expect: 5
// unsupported: lifetime bounds on types

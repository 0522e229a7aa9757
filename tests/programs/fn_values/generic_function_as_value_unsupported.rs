// A generic function named as a value (its instance chosen by inference) is not supported yet.
fn show<T: std::fmt::Debug>(x: T) {
    println!("{:?}", x);
}

fn main() {
    let v = vec![1, 2];
    v.into_iter().for_each(show);
}
// expect: 1
// expect: 2
// unsupported: a generic function used as a value

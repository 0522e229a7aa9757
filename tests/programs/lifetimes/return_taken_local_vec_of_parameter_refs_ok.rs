// `mem::take(&mut v)` of a local Vec of the parameter's borrows returns those borrows, not a borrow of `v`: rustc accepts it.
fn take_all<'a>(x: &'a str) -> Vec<&'a str> {
    let mut v = vec![x, x];
    std::mem::take(&mut v)
}

fn main() {
    println!("{:?}", take_all("z"));
}
// expect: ["z", "z"]

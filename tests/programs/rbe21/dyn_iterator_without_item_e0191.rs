// `Box<dyn Iterator>` without `Item = ..`: rustc's E0191 "the value of the associated type `Item` in `Iterator` must be specified".
fn main() {
    let it: Box<dyn Iterator> = Box::new(vec![1, 2].into_iter());
    for x in it {
        println!("{x}");
    }
}
// error: E0191 at 3:21

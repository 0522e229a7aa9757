// `cycle` of a map (its closure cloned with the iterator) is not supported yet: the engine says so at `cycle`.
fn main() {
    let v = vec![1, 2];
    let c: Vec<i32> = v.iter().map(|x| x * 10).cycle().take(3).collect();
    println!("{:?}", c);
}
// expect: [10, 20, 10]
// unsupported: `cycle` of this iterator at 4:48

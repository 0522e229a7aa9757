// `a.iter().zip(&b)` and `a.iter().chain(&b)` kept: the argument's slice::Iter, made as std's IntoIterator for `&Vec` and `&[T; N]` makes it, is held inside the Zip or Chain.
fn main() {
    let a = vec![1, 2, 3];
    let b = vec![10, 20, 30];
    let sums = a.iter().zip(&b);
    println!("{}", std::mem::size_of_val(&sums));
    for (x, y) in sums {
        println!("{}", x + y);
    }
    let arr = [7, 8];
    let mut all = a.iter().chain(&arr);
    all.next();
    println!("{:?}", all);
    let mut m = vec![0, 0];
    let mut pairs = m.iter_mut().zip(&a);
    if let Some((slot, x)) = pairs.next() {
        *slot = *x * 100;
    }
    println!("{:?}", m);
}
// expect: 48
// expect: 11
// expect: 22
// expect: 33
// expect: Chain { a: Some(Iter([2, 3])), b: Some(Iter([7, 8])) }
// expect: [100, 0]

// Kept zip and chain passed to generic functions (one instance per iterator type, Debug through the bound), and a kept Zip of a vec::IntoIter collected after a `next` (the item taken and the one left both moved out).
fn total<I: Iterator<Item = (i32, i32)>>(it: I) -> i32 {
    it.map(|(a, b)| a * b).sum()
}
fn show<I: Iterator<Item = String> + std::fmt::Debug>(it: I) {
    println!("{:?}", it);
}
fn main() {
    let a = vec![1, 2, 3];
    let b = vec![4, 5, 6];
    let z = a.iter().copied().zip(b.iter().copied());
    println!("{}", total(z));
    let v1 = vec![String::from("x")];
    let v2 = vec![String::from("y"), String::from("z")];
    let c = v1.into_iter().chain(v2.into_iter());
    show(c);
    let words = vec![String::from("p"), String::from("q")];
    let mut z = words.into_iter().zip(0..3);
    let first = z.next();
    println!("{:?}", first);
    let r: Vec<(String, i32)> = z.map(|(w, i)| {
        (w + "!", i * 10)
    }).collect();
    println!("{:?}", r);
}
// expect: 32
// expect: Chain { a: Some(IntoIter(["x"])), b: Some(IntoIter(["y", "z"])) }
// expect: Some(("p", 0))
// expect: [("q!", 10)]

// A kept Chain of two vec::IntoIters: the first one's buffer is freed at the `next` that finds it spent, as std's Chain sets it to None; the rest dropped with the Chain.
fn main() {
    let first = vec![String::from("a")];
    let second = vec![String::from("b"), String::from("c")];
    let mut all = first.into_iter().chain(second.into_iter());
    println!("{:?}", all.next());
    println!("{:?}", all.next());
    println!("{:?}", all);
    drop(all);
    println!("end");
}
// expect: Some("a")
// expect: Some("b")
// expect: Chain { a: None, b: Some(IntoIter(["c"])) }
// expect: end

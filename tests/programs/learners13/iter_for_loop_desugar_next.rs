// A for loop written out by hand with while let and next(), beside the real for loop, and a loop/match over next().
fn main() {
    let v = vec!["a", "b", "c"];
    let mut it = v.iter();
    while let Some(x) = it.next() {
        println!("while let got {}", x);
    }
    println!("after: {:?}", it.next());
    for (i, x) in v.iter().enumerate() {
        println!("for got {} at {}", x, i);
    }
    let mut words = "one two".split_whitespace();
    loop {
        match words.next() {
            Some(w) => println!("split gave {}", w),
            None => break,
        }
    }
}
// expect: while let got a
// expect: while let got b
// expect: while let got c
// expect: after: None
// expect: for got a at 0
// expect: for got b at 1
// expect: for got c at 2
// expect: split gave one
// expect: split gave two

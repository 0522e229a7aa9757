// while let Some(x) = it.next() over a peekable iterator, looking ahead with peek.
fn main() {
    let v = vec![1, 1, 2, 3, 3, 3];
    let mut it = v.iter().peekable();
    while let Some(x) = it.next() {
        let mut n = 1;
        while it.peek() == Some(&x) {
            it.next();
            n += 1;
        }
        println!("{} x{}", x, n);
    }
}
// expect: 1 x2
// expect: 2 x1
// expect: 3 x3

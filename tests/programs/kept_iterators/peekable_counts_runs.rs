// Counting runs with a kept `v.iter().peekable()`: `peek` compares the next item with the one `next` just took.
fn main() {
    let v = vec![1, 1, 2];
    let mut it = v.iter().peekable();
    let mut runs = 0;
    while let Some(x) = it.next() {
        if it.peek() != Some(&x) {
            runs += 1;
        }
    }
    println!("{}", runs);
}
// expect: 2

// `peek_mut` hands out `&mut` to the peeked item, stored inside the Peekable: changing it changes what `next` returns.
fn main() {
    let mut it = (1..4).peekable();
    if let Some(p) = it.peek_mut() {
        *p *= 100;
    }
    let all: Vec<i32> = it.collect();
    println!("{:?}", all);
    let mut w = "hi".chars().peekable();
    if let Some(c) = w.peek_mut() {
        *c = c.to_ascii_uppercase();
    }
    println!("{:?} {:?}", w.next(), w.next());
}
// expect: [100, 2, 3]
// expect: Some('H') Some('i')

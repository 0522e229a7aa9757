// A shared reference passed with a later argument that reads the same Vec is fine, and so is a value computed from a `&mut`-derived reference before the read.
fn head(v: &mut Vec<i32>) -> &i32 {
    &v[0]
}

fn show(x: &i32, count: usize) {
    println!("{} of {}", x, count);
}

fn main() {
    let mut v = vec![5, 6];
    let first = &v[0];
    show(first, v.len());
    println!("{} {}", first, v.len());
    let r = head(&mut v);
    let copied = *r;
    show(&copied, v.len());
    assert_eq!(copied + 0, v[0]);
    println!("{} {}", v.iter().count(), v.len());
}
// expect: 5 of 2
// expect: 5 2
// expect: 5 of 2
// expect: 2 2

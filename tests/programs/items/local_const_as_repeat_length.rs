// A constant declared inside `main` gives a repeat expression its length.
fn main() {
    const SIZE: usize = 4;
    let mut buf = [b'.'; SIZE];
    buf[1] = b'#';
    println!("{:?}", buf);
}
// expect: [46, 35, 46, 46]

// A match whose patterns read nothing (`(_, _)`) does not touch the matched place, so a live `&mut` to it is no conflict.
fn main() {
    let mut x = (String::from("a"), 1);
    let r = &mut x;
    match x {
        (_, _) => println!("matched"),
    }
    r.1 = 2;
    println!("{}", x.1);
}
// expect: matched
// expect: 2

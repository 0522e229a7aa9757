// String::from for each of std's From impls: a String moved in and handed back (no allocation), a &String and a &mut str copied, a char encoded; exact allocations.
fn main() {
    let s = String::from("abc");
    let a = String::from(s);
    let r = String::from(&a);
    let c = String::from('é');
    let m = String::from(&mut String::from("mut")[..]);
    println!("{} {} {} {} {}", a, r, c, m, a.capacity());
}
// expect: abc abc é mut 3

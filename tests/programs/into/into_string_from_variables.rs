// `.into()` of a &str, a String, a &String and a char variable where a String is expected: std's From impls (a String handed back, no allocation).
fn main() {
    let s = "ab";
    let owned = String::from("cd");
    let c = 'z';
    let a: String = s.into();
    let b: String = owned.into();
    let r = String::from("ef");
    let rr = &r;
    let d: String = rr.into();
    let e: String = c.into();
    println!("{} {} {} {} {}", a, b, d, e, r);
}
// expect: ab cd ef z ef

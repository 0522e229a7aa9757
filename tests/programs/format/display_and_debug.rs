// `{}` uses Display and `{:?}` uses Debug; they differ for strings, chars and whole floats.
fn main() {
    let n = 42;
    let s = "text";
    let c = 'q';
    let f = 3.0;
    let b = false;
    println!("{} {} {} {} {}", n, s, c, f, b);
    println!("{:?} {:?} {:?} {:?} {:?}", n, s, c, f, b);
}
// expect: 42 text q 3 false
// expect: 42 "text" 'q' 3.0 false

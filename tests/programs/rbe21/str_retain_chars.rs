// String::retain: each char (a multi-byte one too) handed to the closure once, in order, the kept ones written down over the rejected; a closure pushing what it sees, a function path, one rejecting all (the buffer kept), one comparing with a captured char.
fn main() {
    let mut s = String::from("h e l l o, wörld ñ!");
    let mut seen = Vec::new();
    s.retain(|c| {
        seen.push(c);
        c != ' ' && c != 'l'
    });
    println!("{s} {} {}", s.len(), seen.len());
    let mut t = String::from("abc123def");
    t.retain(char::is_alphabetic);
    println!("{t}");
    let mut u = String::from("xyz");
    u.retain(|_| false);
    println!("{:?} {}", u, u.capacity());
    let keep = 'b';
    let mut w = String::from("abcabc");
    w.retain(|c| c == keep);
    println!("{w}");
}
// expect: heo,wördñ! 12 19
// expect: abcdef
// expect: "" 3
// expect: bb

// What a closure stores into a captured Vec holds only what the stored values borrow: a copied `&str` of a literal, a literal beside a read of another capture, an owned String made from the argument, words of a String that outlives the Vec.
fn main() {
    let mut out: Vec<&str> = Vec::new();
    {
        let s: &str = "lit";
        let mut f = || out.push(s);
        f();
    }
    let text = String::from("a b");
    let mut seen = 0;
    let mut g = || {
        out.push("x");
        seen += text.len();
    };
    g();
    drop(text);
    let mut owned: Vec<String> = Vec::new();
    let mut h = |w: &str| owned.push(w.to_uppercase());
    {
        let tmp = String::from("t");
        h(&tmp);
    }
    let words = String::from("p q");
    let mut kept: Vec<&str> = Vec::new();
    let mut keep = |w| kept.push(w);
    for w in words.split(' ') {
        keep(w);
    }
    println!("{:?} {} {:?} {:?}", out, seen, owned, kept);
}
// expect: ["lit", "x"] 3 ["T"] ["p", "q"]

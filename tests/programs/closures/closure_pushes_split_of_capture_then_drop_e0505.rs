// Words a closure's loop splits out of a captured String and pushes into a captured Vec borrow the String: dropping it while the Vec is still used is E0505 (the engine ran it).
fn main() {
    let mut out: Vec<&str> = Vec::new();
    let s = String::from("x y");
    let mut collect = || {
        for w in s.split(' ') {
            out.push(w);
        }
    };
    collect();
    drop(s);
    println!("{:?}", out);
}
// error: E0505 at 11:10

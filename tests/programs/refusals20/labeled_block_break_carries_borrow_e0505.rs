// A reference carried out of a labeled block by `break 'a &s1` keeps s1 borrowed after the block: moving s1 while it is used is E0505.
fn main() {
    let s1 = String::from("a");
    let s2 = String::from("b");
    let c = s1.len() > 0;
    let r: &String = 'a: { if c { break 'a &s1; } &s2 };
    drop(s1);
    println!("{}", r);
}
// error: E0505 at 7:10

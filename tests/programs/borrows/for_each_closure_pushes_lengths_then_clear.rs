// The accepted twin of for_each_closure_pushes_items_then_clear_e0502: the closure stores each word's length, which borrows nothing, so text may be cleared before `lens` is printed; and items pushed before the clear are printed before it.
fn main() {
    let mut text = String::from("a bb");
    let mut lens: Vec<usize> = Vec::new();
    text.split(' ').for_each(|w| lens.push(w.len()));
    let mut out: Vec<&str> = Vec::new();
    text.split(' ').for_each(|w| out.push(w));
    println!("{:?}", out);
    text.clear();
    println!("{:?} {:?}", lens, text);
}
// expect: ["a", "bb"]
// expect: [1, 2] ""

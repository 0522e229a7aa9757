// The twin of branch_under_known_negated_comparison_not_linted: a condition rustc's lint cannot know (`k == 9` of a local stored in a loop, known only inside its own block), so its branch is walked and `-n` of the known i16::MIN is arithmetic_overflow.
fn main() {
    let mut k: u8 = 0;
    let n: i16 = loop {
        k += 1;
        if k >= 3 {
            break i16::MIN;
        }
    };
    if k == 9 {
        let m: i16 = -n;
        println!("{}", m);
    }
    println!("done");
}
// error: lint arithmetic_overflow at 11:22

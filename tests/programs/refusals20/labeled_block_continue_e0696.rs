// `continue 'label` naming a labeled block is E0696: only loops can be continued.
fn main() {
    let x = 4;
    'check: {
        if x > 3 {
            continue 'check;
        }
        println!("small");
    }
}
// error: E0696 at 6:13

// A value moved inside a labeled block before a `break 'label` is moved after the block on that path: using it there is E0382.
fn main() {
    let name = String::from("Ferris");
    let n = 3;
    'check: {
        if n > 2 {
            let taken = name;
            println!("took {}", taken);
            break 'check;
        }
    }
    println!("{}", name);
}
// error: E0382 at 12:20

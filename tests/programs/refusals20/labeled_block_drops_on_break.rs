// Leaving a labeled block by `break 'label` drops the block's locals at the break, before the code after the block runs; a String value carried out is moved, not dropped.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let found = 'search: {
        let _guard = Noisy("guard");
        let words = vec![String::from("apple"), String::from("kiwi")];
        for w in words {
            if w.len() == 4 {
                break 'search w;
            }
        }
        String::from("none")
    };
    println!("found {}", found);
}
// expect: drop guard
// expect: found kiwi

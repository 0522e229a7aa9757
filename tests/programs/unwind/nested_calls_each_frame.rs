// Three frames unwind innermost first, each dropping its own variables in reverse declaration order and freeing what they own.
struct Noisy(String);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn third(depth: u32) -> u32 {
    let _t = Noisy(String::from("third"));
    let values = [1u32, 2, 3];
    values[depth as usize]
}

fn second(depth: u32) -> u32 {
    let _s1 = Noisy(String::from("second-1"));
    let _s2 = Noisy(String::from("second-2"));
    third(depth + 2) + 1
}

fn first() -> u32 {
    let _f = Noisy(String::from("first"));
    let kept = vec![Noisy(String::from("in vec"))];
    second(1) + kept.len() as u32
}

fn main() {
    let total = first();
    println!("never {}", total);
}

// expect: drop third
// expect: drop second-2
// expect: drop second-1
// expect: drop in vec
// expect: drop first
// panic: index out of bounds: the len is 3 but the index is 3
// panic-at: 13:5

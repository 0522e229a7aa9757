// Implementing Iterator for a Fibonacci struct; take, skip and a for loop over it.
struct Fibonacci {
    curr: u32,
    next: u32,
}

impl Iterator for Fibonacci {
    type Item = u32;

    fn next(&mut self) -> Option<Self::Item> {
        let current = self.curr;
        self.curr = self.next;
        self.next = current + self.next;
        Some(current)
    }
}

fn fibonacci() -> Fibonacci {
    Fibonacci { curr: 0, next: 1 }
}

fn main() {
    let mut sequence = 0..3;
    println!("Four consecutive `next` calls on 0..3");
    println!("> {:?}", sequence.next());
    println!("> {:?}", sequence.next());
    println!("> {:?}", sequence.next());
    println!("> {:?}", sequence.next());
    println!("Iterate through 0..3 using `for`");
    for i in 0..3 {
        println!("> {}", i);
    }
    println!("The first four terms of the Fibonacci sequence are: ");
    for i in fibonacci().take(4) {
        println!("> {}", i);
    }
    println!("The next four terms of the Fibonacci sequence are: ");
    for i in fibonacci().skip(4).take(4) {
        println!("> {}", i);
    }
    let array = [1u32, 3, 3, 7];
    println!("Iterate the following array {:?}", &array);
    for i in array.iter() {
        println!("> {}", i);
    }
}
// expect: Four consecutive `next` calls on 0..3
// expect: > Some(0)
// expect: > Some(1)
// expect: > Some(2)
// expect: > None
// expect: Iterate through 0..3 using `for`
// expect: > 0
// expect: > 1
// expect: > 2
// expect: The first four terms of the Fibonacci sequence are: 
// expect: > 0
// expect: > 1
// expect: > 1
// expect: > 2
// expect: The next four terms of the Fibonacci sequence are: 
// expect: > 3
// expect: > 5
// expect: > 8
// expect: > 13
// expect: Iterate the following array [1, 3, 3, 7]
// expect: > 1
// expect: > 3
// expect: > 3
// expect: > 7

// Unwinding frees what the dropped values own: each String's and Vec's buffer is deallocated in drop order, as the allocator log of rustc's binary shows.
fn fill(names: &mut Vec<String>, n: usize) {
    let label = String::from("label");
    for i in 0..n {
        names.push(format!("{}-{}", label, i));
    }
    let boxed = Box::new(names.len() as u64);
    let idx = names.len() + *boxed as usize;
    println!("{}", names[idx]);
}

fn main() {
    let mut names = Vec::new();
    let title = String::from("title");
    fill(&mut names, 3);
    println!("{}", title);
}

// panic: index out of bounds: the len is 3 but the index is 6
// panic-at: 9:25

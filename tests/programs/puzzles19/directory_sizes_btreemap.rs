// A shell-like listing walked with a path stack; sizes added to every ancestor in a BTreeMap<String, u64>.
use std::collections::BTreeMap;

const INPUT: &str = "$ cd /
$ ls
dir a
14848 b.txt
$ cd a
$ ls
dir e
29116 f
$ cd e
$ ls
584 i
$ cd ..
$ cd ..";

fn main() {
    let mut path: Vec<&str> = Vec::new();
    let mut sizes: BTreeMap<String, u64> = BTreeMap::new();
    for line in INPUT.lines() {
        let parts: Vec<&str> = line.split(' ').collect();
        match parts.as_slice() {
            ["$", "cd", ".."] => {
                path.pop();
            }
            ["$", "cd", dir] => path.push(dir),
            ["$", "ls"] | ["dir", _] => {}
            [size, _name] => {
                let size: u64 = size.parse().unwrap();
                for i in 1..=path.len() {
                    *sizes.entry(path[..i].join("/")).or_insert(0) += size;
                }
            }
            _ => panic!("bad line {line}"),
        }
    }
    for (dir, size) in &sizes {
        println!("{dir:<8} {size:>6}");
    }
}
// expect: /         44548
// expect: //a       29700
// expect: //a/e       584

// Password policies (AoC 2020 day 2): a struct parsed from "1-3 a: abcde" with split and split_once, counted with filter and checked by position with get and XOR.
struct Policy {
    lo: usize,
    hi: usize,
    letter: char,
    password: String,
}

impl Policy {
    fn parse(line: &str) -> Policy {
        let parts: Vec<&str> = line.split(' ').collect();
        let (lo, hi) = parts[0].split_once('-').unwrap();
        let letter = parts[1].chars().next().unwrap();
        Policy {
            lo: lo.parse().unwrap(),
            hi: hi.parse().unwrap(),
            letter,
            password: parts[2].to_string(),
        }
    }

    fn valid_count(&self) -> bool {
        let n = self.password.chars().filter(|&c| c == self.letter).count();
        n >= self.lo && n <= self.hi
    }

    fn valid_position(&self) -> bool {
        let chars: Vec<char> = self.password.chars().collect();
        let a = chars.get(self.lo - 1) == Some(&self.letter);
        let b = chars.get(self.hi - 1) == Some(&self.letter);
        a ^ b
    }
}

fn main() {
    let input = "1-3 a: abcde\n1-3 b: cdefg\n2-9 c: ccccccccc\n3-4 x: xxax";
    let policies: Vec<Policy> = input.lines().map(Policy::parse).collect();
    let part1 = policies.iter().filter(|p| p.valid_count()).count();
    let part2 = policies.iter().filter(|p| p.valid_position()).count();
    println!("part 1: {}", part1);
    println!("part 2: {}", part2);
    for p in &policies {
        println!("{}-{} {} {:?} -> {} {}", p.lo, p.hi, p.letter, p.password, p.valid_count(), p.valid_position());
    }
}
// expect: part 1: 3
// expect: part 2: 2
// expect: 1-3 a "abcde" -> true true
// expect: 1-3 b "cdefg" -> false false
// expect: 2-9 c "ccccccccc" -> true false
// expect: 3-4 x "xxax" -> true true

// Bowling (Exercism): rolls scored frame by frame with `?` on Vec::get inside an Option-returning method, errors as an enum.
#[derive(Debug, PartialEq)]
enum Error {
    NotEnoughPinsLeft,
    GameComplete,
}

struct BowlingGame {
    rolls: Vec<u16>,
}

impl BowlingGame {
    fn new() -> Self {
        BowlingGame { rolls: Vec::new() }
    }

    fn roll(&mut self, pins: u16) -> Result<(), Error> {
        if pins > 10 {
            return Err(Error::NotEnoughPinsLeft);
        }
        if self.score().is_some() {
            return Err(Error::GameComplete);
        }
        self.rolls.push(pins);
        Ok(())
    }

    fn score(&self) -> Option<u16> {
        let mut total = 0;
        let mut i = 0;
        for _ in 0..10 {
            let first = *self.rolls.get(i)?;
            if first == 10 {
                total += 10 + self.rolls.get(i + 1)? + self.rolls.get(i + 2)?;
                i += 1;
            } else {
                let second = *self.rolls.get(i + 1)?;
                if first + second == 10 {
                    total += 10 + self.rolls.get(i + 2)?;
                } else {
                    total += first + second;
                }
                i += 2;
            }
        }
        Some(total)
    }
}

fn main() {
    let mut g = BowlingGame::new();
    for _ in 0..12 {
        g.roll(10).unwrap();
    }
    println!("{:?} {:?}", g.score(), g.roll(3));
    let mut h = BowlingGame::new();
    for p in [3, 6, 3, 6, 3, 6, 3, 6, 3, 6, 3, 6, 3, 6, 3, 6, 3, 6, 3, 6] {
        h.roll(p).unwrap();
    }
    println!("{:?}", h.score());
    let mut k = BowlingGame::new();
    println!("{:?} {:?}", k.roll(11), k.score());
}
// expect: Some(300) Err(GameComplete)
// expect: Some(90)
// expect: Err(NotEnoughPinsLeft) None
